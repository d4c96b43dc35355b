import '../src/index.js';
import { runPropertySuite } from './properties/property.suite.js';
import { ladderState } from './properties/ladder.arbitrary.js';

runPropertySuite({ tag: 'coprod-ladder', valid: ladderState });
