// `masukan/kiosk`: defines <masukan-kiosk> and <masukan-staff-panel>, and registers the presets (a counter tablet
// usually runs `preset="skm"`), so that one import sets up a kiosk page.
import '../../presets/index.js';

export { MasukanKiosk } from './kiosk.js';
export { MasukanStaffPanel } from './staff-panel.js';
export type { KioskDeviceSettings } from './staff-panel.js';
export { kioskStrings } from './kiosk.strings.js';
export type { KioskStrings } from './kiosk.strings.js';
export { hashPin, verifyPin } from '../../core/pin.js';
export { isOpen } from '../../core/opening-hours.js';
