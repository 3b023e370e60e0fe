import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { contactDetails } from '../../rules/detectors/contacts.ts';
import { Draft } from '../../rules/draft.ts';

const config = configWith({ colleagues: ['Tom Reed', 'Priya Shah'] });
const owners = (text: string) =>
  contactDetails(new Draft(text, { mode: 'personal', field: 'post', site: 'other' }, config)).map((d) => [
    text.slice(d.start, d.end),
    d.owner,
    d.isPublic,
  ]);

describe('contactDetails', () => {
  it('gives a detail to the author when they say so', () => {
    expect(owners('Text me on 07700 900123')).toEqual([['07700 900123', 'self', false]]);
    expect(owners('I live at 4 Mill Road')).toEqual([['4 Mill Road', 'self', false]]);
    expect(owners('07700 900123 is my mobile')).toEqual([['07700 900123', 'self', false]]);
  });
  it('gives a detail to a colleague named in the same or next sentence', () => {
    expect(owners('Tom Reed from work lives at 4 Mill Road')).toEqual([['4 Mill Road', 'colleague', false]]);
    expect(owners('Priya Shah has moved. Her number is 07700 900123.')).toEqual([['07700 900123', 'colleague', false]]);
  });
  it('gives a detail to the author after a first-person location cue', () => {
    expect(owners("I'm at 18 Wing Road not 81!!")).toEqual([['18 Wing Road', 'self', false]]);
    expect(owners('Free sofa, collection only from mine - 33 Brooklands Drive, Leighton Buzzard LU7 3PG')).toEqual([
      ['33 Brooklands Drive', 'self', false],
      ['LU7 3PG', 'self', false],
    ]);
    expect(owners("I'm at the Black Lion, 15 High Street")).toEqual([['15 High Street', 'venue', false]]);
    expect(owners("Parcel at the wrong door AGAIN. I'm no.15 Hartwell Crescent, NOT 51!!")).toEqual([
      ['15 Hartwell Crescent', 'self', false],
    ]);
    expect(owners('We’re number 12 Church Street, the blue door')).toEqual([['12 Church Street', 'self', false]]);
    expect(owners("I'm on Stoke Road, number 63, if anyone wants the firewood")).toEqual([
      ['Stoke Road, number 63', 'self', false],
    ]);
    expect(owners("I'm no expert but 4 Mill Road has lovely roses")).toEqual([['4 Mill Road', 'unknown', false]]);
  });
  it('follows a pronoun back to a colleague named a few sentences earlier', () => {
    expect(
      owners("Thanks to my workmate Gemma. She's brilliant, a childminder too. Her number is 07700 900277"),
    ).toEqual([['07700 900277', 'colleague', false]]);
    expect(owners('Kelly from work is selling her car. Give her a ring on 07700 900654')).toEqual([
      ['07700 900654', 'colleague', false],
    ]);
    expect(owners('Busy at work today. Text me on 07700 900123')).toEqual([['07700 900123', 'self', false]]);
  });
  it('gives a detail to another person', () => {
    expect(owners('Great plumber, call him on 07700 900123')).toEqual([['07700 900123', 'person', false]]);
    expect(owners('Mrs Jones is on 07700 900123')).toEqual([['07700 900123', 'person', false]]);
  });
  it('marks public contacts and venues', () => {
    expect(owners('Call the council on 01525 631920')).toEqual([['01525 631920', 'unknown', true]]);
    expect(owners('The café at 4 Mill Road is lovely')).toEqual([['4 Mill Road', 'venue', false]]);
  });
});
