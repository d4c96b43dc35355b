import { checkStoriesWithIbm, type StoryModule } from './ibm.js';
import * as ladder from '../../stories/ladder.stories.js';
import * as radar from '../../stories/readiness-radar.stories.js';
import * as radarAndPlan from '../../stories/radar-and-plan.stories.js';

checkStoriesWithIbm([ladder, radar, radarAndPlan] as unknown as StoryModule[]);
