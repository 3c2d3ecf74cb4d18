import { expect } from '@open-wc/testing';
import { mayDisplay, visitorRecord } from '../../src/core/display.js';

const DAY = 24 * 60 * 60 * 1000;
const rules = { sample: 100, once: false, recontactDays: 0 };

describe('display rules', () => {
  it('samples by the visitor’s roll', () => {
    expect(mayDisplay({ roll: 24.9 }, { ...rules, sample: 25 }, 0)).to.equal(true);
    expect(mayDisplay({ roll: 25 }, { ...rules, sample: 25 }, 0)).to.equal(false);
    expect(mayDisplay({ roll: 0 }, { ...rules, sample: 0 }, 0)).to.equal(false);
  });

  it('once: not after it was displayed', () => {
    expect(mayDisplay({ roll: 1 }, { ...rules, once: true }, 0)).to.equal(true);
    expect(mayDisplay({ roll: 1, displayed: 5 }, { ...rules, once: true }, 10)).to.equal(false);
  });

  it('recontact days count from the later of dismissal and completion', () => {
    const record = { roll: 1, dismissed: 0, completed: 10 * DAY };
    const wait = { ...rules, recontactDays: 30 };
    expect(mayDisplay(record, wait, 39 * DAY)).to.equal(false);
    expect(mayDisplay(record, wait, 40 * DAY)).to.equal(true);
    expect(mayDisplay(record, rules, 11 * DAY)).to.equal(true); // no pause without recontact-days
  });

  it('reads a malformed record as a fresh one, keeping what is valid', () => {
    expect(visitorRecord('x', () => 0.5)).to.deep.equal({
      roll: 50,
      displayed: undefined,
      dismissed: undefined,
      completed: undefined,
    });
    expect(visitorRecord({ roll: 300, displayed: 'soon', completed: 7 }, () => 0.1)).to.deep.equal({
      roll: 10,
      displayed: undefined,
      dismissed: undefined,
      completed: 7,
    });
    expect(visitorRecord({ roll: 42 }).roll).to.equal(42);
  });
});
