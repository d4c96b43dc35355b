import { checkStoriesWithIbm, type StoryModule } from './ibm.js';
import * as circle from '../../stories/support-circle.stories.js';
import * as profile from '../../stories/profile-card.stories.js';

checkStoriesWithIbm([circle, profile] as unknown as StoryModule[]);
