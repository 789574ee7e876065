/**
 * A place inside a phrase of cause (“helped by demand in Germany”) is not what a figure is about.
 */
import { claimsOf } from './helpers';

describe('places of a cause', () => {
  it('takes no subject from “helped by … in Germany and Poland”', () => {
    const claims = claimsOf('Revenue at the brewer rose 6.1 percent to 2.3 billion euros in the quarter, helped by higher prices and strong demand in Germany and Poland.');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.subject).toBeNull();
  });

  it('takes no subject from “thanks to orders from Japan”', () => {
    const [c] = claimsOf('Machine-tool exports climbed 9 percent last year, thanks to strong orders from Japan and South Korea.');
    expect(c).toMatchObject({ measure: 'change', subject: null });
  });

  it('keeps the place of the figure itself', () => {
    const [c] = claimsOf('Hotel bookings rose 4 percent in Portugal, driven by tourism from Brazil.');
    expect(c.subject).toMatchObject({ text: 'Portugal' });
  });
});
