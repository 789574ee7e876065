import { balancedContext } from '../../src/web/claims/claims.router';

describe('a claim in its sentence', () => {
  it('puts back the opening mark of a quote the sentence ends, so the words read as a quote', () => {
    expect(balancedContext('I told this house yesterday that ', 'more than 150 people have died', ', and I say it again today.”')).toEqual({
      before: '“…I told this house yesterday that ',
      claim: 'more than 150 people have died',
      after: ', and I say it again today.”',
    });
    expect(balancedContext('He said ', '40 people', ' died."').before).toBe('"…He said ');
  });

  it('leaves a sentence alone when its marks are balanced or it has none', () => {
    const whole = { before: '“We have confirmed ', claim: '40 deaths', after: ' so far,” she said.' };
    expect(balancedContext(whole.before, whole.claim, whole.after)).toEqual(whole);
    const plain = { before: 'The ministry said ', claim: '40 people', after: ' died.' };
    expect(balancedContext(plain.before, plain.claim, plain.after)).toEqual(plain);
  });
});
