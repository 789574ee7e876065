/**
 * “from N on DAY” dates the figure a change started from, not the new figure.
 */
import { claimsOf } from './helpers';

describe('the day of the earlier figure', () => {
  it('leaves “on Wednesday” to the 29 in “risen to 64, from 29 on Wednesday”', () => {
    const [c] = claimsOf('A ministry spokeswoman said confirmed cases of the fever had risen to 64, from 29 on Wednesday.');
    expect(c).toMatchObject({ measure: 'cases', value: { stated: 64 }, time: null });
  });

  it('still dates the new figure by its own day', () => {
    const [c] = claimsOf('The death toll rose to 41 on Tuesday from 30 a day earlier, officials said.');
    expect(c).toMatchObject({ measure: 'deaths', value: { stated: 41 }, time: expect.objectContaining({ text: 'on Tuesday' }) });
  });
});

describe('a day a clause after the earlier figure', () => {
  it('still dates the figure', () => {
    const [c] = claimsOf('The corporate tax rate was cut to 10 percent from 12 percent, to stimulate a flagging economy, in 2010.');
    expect(c).toMatchObject({ value: { stated: 10 }, time: expect.objectContaining({ text: 'in 2010' }) });
  });
});
