import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../rules/detectors/addresses.ts';
import { budget } from './budget.ts';

const found = (text: string) => findAddresses(text).map((a) => [a.kind, text.slice(a.start, a.end)]);

describe('findAddresses', () => {
  it('finds postcodes in capitals, lower case and without a space', () => {
    expect(found('LU7 2PP')).toEqual([['postcode', 'LU7 2PP']]);
    expect(found('lu72pp')).toEqual([['postcode', 'lu72pp']]);
    expect(found('post it to SW1A 1AA')).toEqual([['postcode', 'SW1A 1AA']]);
  });
  it('does not read text speak as a postcode', () => {
    expect(found('see u b4 5pm')).toEqual([]);
    expect(found('Lu7 2pP')).toEqual([]);
  });
  it('finds house-numbered street addresses', () => {
    expect(found('Mrs Patterson at 9 Church Square is 92')).toEqual([['street', '9 Church Square']]);
    expect(found('Meet at 9 Church Square tomorrow')).toEqual([]);
    expect(found('Tom lives at 4 Mill Road, LU7 2PP')).toEqual([
      ['street', '4 Mill Road'],
      ['postcode', 'LU7 2PP'],
    ]);
    expect(found('Flat 2, 17 Church St')).toEqual([['street', 'Flat 2, 17 Church St']]);
    expect(found('12a St Andrews Close')).toEqual([['street', '12a St Andrews Close']]);
    expect(found('i live at 4 mill road')).toEqual([['street', '4 mill road']]);
  });
  it('finds house numbers written "no.15", "No 7" or after the street', () => {
    expect(found("I'm no.15 Hartwell Crescent, NOT 51!!")).toEqual([['street', '15 Hartwell Crescent']]);
    expect(found('I live at No. 4 Bell Close')).toEqual([['street', '4 Bell Close']]);
    expect(found("I'm on Stoke Road, number 63, if anyone wants it")).toEqual([['street', 'Stoke Road, number 63']]);
    expect(found('Collect from Mill Lane no. 4')).toEqual([['street', 'Mill Lane no. 4']]);
    expect(found('Get the number 10 bus from Stoke Road')).toEqual([]);
    expect(found('Stoke Road number 63 bus was late again')).toEqual([]);
    expect(found("I'm the No. 1 fan of the Mill Road bakery")).toEqual([]);
  });
  it('finds a street named as a home', () => {
    expect(found('I live on Plantation Road')).toEqual([['street-name', 'Plantation Road']]);
  });
  it('finds a road named without a street-type word inside an address frame', () => {
    expect(found("I'm at 2 The Paddocks, Linslade")).toEqual([['street', '2 The Paddocks']]);
    expect(found('33 Brooklands, LU7 3PG')).toEqual([
      ['street', '33 Brooklands'],
      ['postcode', 'LU7 3PG'],
    ]);
    const places = ['Leighton Buzzard', 'Linslade'];
    expect(findAddresses('collection from mine, 9 Brooklands, Linslade', places).map((a) => a.kind)).toEqual([
      'street',
    ]);
  });
  it('does not read times, dates, venues and counts as untyped roads', () => {
    for (const text of [
      'Storytime at 10 The Library, Linslade',
      'Saturday 12 The Market, Leighton Buzzard',
      'Top 10 Things To Do, Leighton Buzzard',
      '9 Brooklands, Linslade',
      'Order 33 Brooklands Fudge arrived',
    ]) {
      expect(findAddresses(text, ['Linslade', 'Leighton Buzzard']), text).toEqual([]);
    }
  });
  it('does not read counts and prices as addresses', () => {
    for (const text of [
      'Join our 5 Mile Walk',
      'Top 10 Park Runs',
      'We raised £4 Mill Road',
      'bought 2 new road bikes',
      'Meet at 10 Market Square',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
  it('is fast on pathological input', () => {
    for (const text of [
      '1 Road '.repeat(100_000),
      '1 a a a a '.repeat(50_000),
      'LU7'.repeat(100_000),
      'live on A '.repeat(50_000),
      '1 The Aa Bb Cc '.repeat(50_000),
      '12 Brooklands, '.repeat(50_000),
      'Stoke Road, number '.repeat(50_000),
      'no.1 no.1 Aa Bb '.repeat(50_000),
    ]) {
      const t0 = performance.now();
      findAddresses(text);
      expect(performance.now() - t0).toBeLessThan(budget(800));
    }
  });
});
