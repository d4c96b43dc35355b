import { defineElement } from '../core/define.js';
import { CoprodReadinessRadar } from './radar.element.js';

export { CoprodReadinessRadar };
export * from './radar.types.js';
export { principleIds } from '../core/principles.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-readiness-radar', CoprodReadinessRadar);
