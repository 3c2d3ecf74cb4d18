import { sendMouse } from '@web/test-runner-commands';
import type { MasukanSurvey } from '../../src/components/survey/survey.js';

/** Clicks the middle of an element with the real mouse (not element.click()). */
export async function clickOn(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

/** Query inside the survey's shadow root. */
export function $(el: MasukanSurvey, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <masukan-survey>`);
  return found;
}

/** The option <label> of a question whose visible text is `text`. */
export function option(el: MasukanSurvey, questionId: string, text: string): HTMLElement {
  const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[data-question="${questionId}"] label.option`)];
  const found = labels.find(l => l.textContent!.trim() === text);
  if (!found) throw new Error(`no option "${text}" in ${questionId}: ${labels.map(l => l.textContent!.trim())}`);
  return found;
}

/** The element focused inside the survey's shadow root. */
export function focused(el: MasukanSurvey): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Waits for the element to settle after an interaction. */
export async function settle(el: MasukanSurvey): Promise<void> {
  await el.updateComplete;
  await new Promise(r => setTimeout(r));
  await el.updateComplete;
}
