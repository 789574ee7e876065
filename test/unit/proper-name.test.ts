import { isProperName } from '../../src/services/resolve-speaker-identity';

describe('isProperName', () => {
  it('accepts names and acronyms', () => {
    for (const n of ['Ali Shamkhani', 'the Supreme National Security Council', 'SNSC', 'Staffan de Mistura', "Bashar al-Assad", 'Jens Laerke']) {
      expect(isProperName(n)).toBe(true);
    }
  });
  it('refuses bare common nouns left by unresolved descriptions', () => {
    for (const n of ['organisation', 'the organisation', 'the ministry', 'spokesman']) expect(isProperName(n)).toBe(false);
  });
});
