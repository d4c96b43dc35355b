import '../src/index.js';
import { runPropertySuite } from './properties/property.suite.js';
import { ladderState } from './properties/ladder.arbitrary.js';
import { actionPlanState, readinessState } from './properties/radar-plan.arbitrary.js';
import { supportCircleState } from './properties/circle.arbitrary.js';
import { gratitudeState } from './properties/gratitude.arbitrary.js';
import { opportunityBoardState, opportunityCardState, profileState } from './properties/profile-opportunity.arbitrary.js';

runPropertySuite({ tag: 'coprod-ladder', valid: ladderState });
runPropertySuite({ tag: 'coprod-readiness-radar', valid: readinessState });
runPropertySuite({ tag: 'coprod-action-plan', valid: actionPlanState });
runPropertySuite({ tag: 'coprod-support-circle', valid: supportCircleState });
runPropertySuite({ tag: 'coprod-profile-card', valid: profileState });
runPropertySuite({ tag: 'coprod-opportunity-card', valid: opportunityCardState });
runPropertySuite({ tag: 'coprod-opportunity-board', valid: opportunityBoardState });
runPropertySuite({ tag: 'coprod-gratitude', valid: gratitudeState });
