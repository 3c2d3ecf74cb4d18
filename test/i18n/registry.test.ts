import { expect } from '@open-wc/testing';
import { registerTranslation, translation } from '../../src/i18n/registry.js';
import type { Translation } from '../../src/i18n/localize.js';

describe('translation()', () => {
  it('returns the same terms until terms are registered for the language or for Bahasa Indonesia', () => {
    registerTranslation({ $code: 'su', submit: 'Kintunkeun' } as never);
    const first = translation('su');
    expect(translation('su')).to.equal(first); // the survey's render guard relies on this
    expect(first.submit).to.equal('Kintunkeun');
    expect(first.next).to.equal(translation('id').next); // a missing term comes from Bahasa Indonesia

    registerTranslation({ $code: 'su', next: 'Salajengna' } as never);
    const second = translation<Translation>('su');
    expect(second).not.to.equal(first);
    expect([second.submit, second.next]).to.deep.equal(['Kintunkeun', 'Salajengna']);

    const idTerms = translation('id');
    registerTranslation({ $code: 'id', required: idTerms.required } as never);
    expect(translation('su')).not.to.equal(second); // Bahasa Indonesia fills the gaps, so its change counts too
  });

  it('gives frozen terms, so one element cannot change another one’s words', () => {
    expect(Object.isFrozen(translation('id'))).to.equal(true);
  });
});
