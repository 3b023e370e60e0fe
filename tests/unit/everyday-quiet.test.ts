// Issue 9, "Quiet on everyday posts": the council-context rules stay quiet on posts about
// nobody's council or employer. One test per family of everyday wording (every sentence here
// is our own), and the true cases beside them that must still fire.
import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { Draft } from '../../rules/draft.ts';
import { check } from '../../rules/engine.ts';
import { findAddresses } from '../../rules/detectors/addresses.ts';
import { checkInTags, contactDetails } from '../../rules/detectors/contacts.ts';

const CONFIG = configWith({});

function rulesOn(text: string): string[] {
  return check(text, { mode: 'personal', field: 'post', site: 'x', today: '2026-11-25' }, CONFIG)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.rule);
}

function quiet(rule: string, texts: readonly string[]) {
  for (const text of texts) expect(rulesOn(text), text).not.toContain(rule);
}

function fires(rule: string, texts: readonly string[]) {
  for (const text of texts) expect(rulesOn(text), text).toContain(rule);
}

describe('personal-data: health needs a named private person and real health details', () => {
  it('ignores everyday phrases that hold a health word', () => {
    quiet('personal-data', [
      'Bit of retail therapy with Jess this afternoon, my bank balance is crying',
      'Nothing beats sound therapy at the spa with Lucy',
      'Amy is off to the beach for some sun therapy',
      'Heat stroke weather again, Amy has gone full lobster',
      'What a stroke of luck, Dave found my keys in the car park',
      'Post-holiday depression has hit hard, Sophie and I are already planning the next one',
      'Post festival depression is real, Lucy and I are already planning next year',
      'Economists like Tom Smith say a second depression is coming',
      'Gemma has done a breakdown of the costs for the trip, legend',
      'Meeting Ben at terminal 5 at 6am, wish us luck',
      'Chloe has a serious coffee addiction',
    ]);
  });
  it('leaves the author’s own health to the author', () => {
    quiet('personal-data', [
      'Yoga every morning keeps my anxiety down, Sam swears by it too',
      'I had surgery on my knee last week and Ruth has been a star',
      'Roast dinner with Mark, the best cure for my illness',
    ]);
  });
  it('does not read a denial, a wish, a question or a rumour called made up as a disclosure', () => {
    quiet('personal-data', [
      'Kylie is not pregnant, she just ate a big lunch',
      'Everyone wants Taylor to be pregnant, give the woman a break',
      'Is Kylie pregnant again??',
      'Somebody made up the story that Taylor is pregnant and now it is everywhere',
    ]);
  });
  it('does not treat a public figure introduced by their trade as a private person', () => {
    quiet('personal-data', [
      'Singer Tom Jones was hospitalised with an infection, his spokesman said.',
      'Reality star Gemma Collins has opened up about her anxiety',
      'Hollywood actress Jane Doe, 61, was hospitalised after a fall on set',
    ]);
  });
  it('reads a name in a check-in or a saint’s name as a place', () => {
    quiet('personal-data', [
      'One more hour until surgery, wish me luck @ Saint Luke’s Hospital',
      'Nervous wait before surgery @ St Anne’s Hospital',
      'Sea air, the best therapy going @ Brighton Marina',
    ]);
  });
  it('still flags a named person’s health', () => {
    fires('personal-data', [
      'Priya is off sick with depression again',
      'Our neighbour Bill Davies has been diagnosed with terminal cancer',
      'Jade is pregnant again, due in May',
      'Dave had a breakdown last week and is now signed off',
      'Tom Reed’s therapy sessions are helping with his anxiety',
      'My mum’s dementia is getting worse, Dr Shah says',
      'Priya told me Sam has been hospitalised with anxiety',
      'Sam has terminal cancer and wants to see the sea one more time',
    ]);
  });
});

describe('personal-data: a business or venue address is not personal data', () => {
  it('reads an address in a check-in as the venue’s', () => {
    quiet('personal-data', [
      'Best burger in town @ Bob’s Diner at 14 Station Road',
      'Match day with Dan and Ellie @ Kenilworth Stadium 1 Maple Road',
      'Drinks with Priya Shah @ The Swan at 50 High Street',
      'Brunch with Sophie Green and the girls @ 22 Bridge Street, Linslade',
    ]);
  });
  it('marks check-ins, and not handles, emails or a name before "@ <number>"', () => {
    const tags = (text: string) => {
      const draft = new Draft(text, { mode: 'personal', field: 'post', site: 'x' }, CONFIG);
      return checkInTags(draft).map((t) => text.slice(t.start, t.end));
    };
    expect(tags('Lovely lunch @ Bob’s Diner at 14 Station Road')).toEqual(['@ Bob’s Diner at 14 Station Road']);
    expect(tags('Lovely lunch (at Bob’s Diner in Leighton Buzzard)')).toEqual(['(at Bob’s Diner in Leighton Buzzard)']);
    expect(tags('Thanks @TomReed for the lift')).toEqual([]);
    expect(tags('Email sam @ example.com for tickets')).toEqual([]);
    expect(tags('Ask Dave @ 14 Oak Road for the ladder')).toEqual([]);
  });
  it('gives a check-in address to the venue', () => {
    const text = 'Coffee with Jo @ Bob’s Diner at 14 Station Road';
    const draft = new Draft(text, { mode: 'personal', field: 'post', site: 'x' }, CONFIG);
    expect(contactDetails(draft).map((d) => [text.slice(d.start, d.end), d.owner])).toEqual([
      ['14 Station Road', 'venue'],
    ]);
  });
  it('reads a contact given for bookings as the business’s', () => {
    quiet('personal-data', [
      'For bookings email hannahcakes@gmail.com, Hannah Cakes Linslade',
      'Booking enquiries: bouncycastles.beds@gmail.com, Kelly Ward Events',
    ]);
  });
  it('does not read title words and place nouns as people’s names', () => {
    quiet('personal-data', [
      'Youth Training is back on Tuesdays, places via coach.mike@gmail.com',
      'Open 10am-2pm at 12 Harbour Road, Stoke City fans welcome',
    ]);
  });
  it('does not read a time or a ranking as a street address', () => {
    expect(findAddresses('Kick off at 7 PM CT on the big screen')).toEqual([]);
    expect(findAddresses('Day six of the road trip: Yosemite, National Park #3 on my list')).toEqual([]);
    expect(findAddresses('Loving the new kit, Park Lane #7 on the back')).toEqual([]);
    quiet('personal-data', ['Kick off is at 7 PM CT, Tom says it will be a cracker']);
  });
  it('does not read a birth announcement as a date of birth given away', () => {
    quiet('personal-data', ['Welcome to the world Poppy Rose Smith! Born 12/03/2025 at 6:40am, 7lbs 2oz']);
  });
  it('still flags another person’s address, number or date of birth', () => {
    fires('personal-data', [
      'Kevin lives at 14 Oak Road if anyone wants to return his ladder',
      'Mrs Jones at 14 Oak Road had a stroke on Tuesday',
      'Ask Dave @ 14 Oak Road, he has a spare ladder',
      'Happy birthday Sarah Thompson, DOB 12/03/1985 so she’s 40 today!',
      'For bookings ring Jo Smith on 07700 900555',
    ]);
  });
});

describe('personal-reference: a reference is for an individual, in a work setting', () => {
  it('does not read love or family as a reference', () => {
    quiet('personal-reference', [
      'Married ten years today, lucky to have him by my side',
      'Ten years married today. So lucky to have her, my best friend',
    ]);
  });
  it('does not read a brand, a thing after "the", or a quoted title as a person', () => {
    quiet('personal-reference', [
      'Proud to be endorsing #Yamaha this year',
      'Endorsing the Jimi Hendrix strat for anyone starting out',
      'Top tip: avoid "Highway to Hell" as your first dance',
      'Would recommend "Normal People" to anyone who has not watched it',
    ]);
  });
  it('still flags a reference', () => {
    fires('personal-reference', [
      'Honestly we’re lucky to have her at the depot, she’s brilliant',
      'Any employer would be lucky to have her, Jess is brilliant',
      'I can vouch for Priya, she is brilliant with customers.',
      'Endorsing Kai for project management, top bloke to work with',
    ]);
  });
});

describe('private-meeting: a meeting of the council or at work', () => {
  it('does not read an advert for occasions or a private lesson as a private meeting', () => {
    quiet('private-meeting', [
      'Team lunch, birthday party or office meeting? We cater for all occasions, book now!',
      'Team meeting? Christening? Hen do? Our function room is available for private hire',
      'Nobody else came to yoga so I got a private session with Jen',
      'Booked a private session with the photographer for the kids',
    ]);
  });
  it('still flags a private or internal meeting', () => {
    fires('private-meeting', [
      'The council went into private session to discuss the lease',
      'Office meeting this morning: we were told the depot is closing',
      'Councillors went into private session and voted to sell the pavilion',
    ]);
  });
});

describe('confidential-info: a hush is council information only with the council in view', () => {
  it('does not read a playful hush as council information', () => {
    quiet('confidential-info', [
      'Found the best secret picnic spot, shh 🤫 @ Pages Park',
      'Shhh 🤫 sneaking a second ice cream at the lido',
      'Private session with my trainer, decided to go for the 10k',
    ]);
  });
  it('still flags a hush about the council or work', () => {
    fires('confidential-info', [
      'Shh, the council is closing the pool in March',
      'Heard it at work 🤫 the market is moving to Saturdays',
      'Councillors went into private session and voted to sell the pavilion',
    ]);
  });
});
