import { expect } from '@open-wc/testing';
import { isOpen, parseDays, parseHours } from '../../src/core/opening-hours.js';

// 2026-11-30 is a Monday; 2026-12-05 a Saturday (local time).
const at = (day: number, hhmm: string) => new Date(`2026-${day < 10 ? '12-0' + day : '11-' + day}T${hhmm}:00`);

describe('opening hours', () => {
  it('is open inside the ranges, closed outside and at the end minute', () => {
    const hours = '08:00-12:00 13:00-15:30';
    expect(isOpen(hours, '', at(30, '07:59'))).to.equal(false);
    expect(isOpen(hours, '', at(30, '08:00'))).to.equal(true);
    expect(isOpen(hours, '', at(30, '12:00'))).to.equal(false);
    expect(isOpen(hours, '', at(30, '15:29'))).to.equal(true);
    expect(isOpen(hours, '', at(30, '15:30'))).to.equal(false);
  });

  it('honours the weekdays', () => {
    expect(isOpen('', '1-5', at(30, '10:00'))).to.equal(true);
    expect(isOpen('', '1-5', at(5, '10:00'))).to.equal(false);
    expect(isOpen('08:00-12:00', '1-5,6', at(5, '10:00'))).to.equal(true);
    expect([...parseDays('1-3 7')]).to.deep.equal([1, 2, 3, 7]);
  });

  it('is always open without hours or days', () => {
    expect(isOpen('', '', at(5, '03:00'))).to.equal(true);
  });

  it('names the part it cannot read', () => {
    expect(() => parseHours('08:00-12:00 9-17')).to.throw('"9-17"');
    expect(() => parseHours('12:00-08:00')).to.throw('ends before');
    expect(() => parseDays('mon-fri')).to.throw('"mon-fri"');
  });
});
