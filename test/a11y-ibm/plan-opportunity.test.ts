import { checkStoriesWithIbm, type StoryModule } from './ibm.js';
import * as actionPlan from '../../stories/action-plan.stories.js';
import * as opportunity from '../../stories/opportunity.stories.js';

checkStoriesWithIbm([actionPlan, opportunity] as unknown as StoryModule[]);
