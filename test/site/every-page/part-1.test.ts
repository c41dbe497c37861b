import { checkEveryPage } from './check';

checkEveryPage(0, 3);
