import { checkEveryPage } from './check';

checkEveryPage(1, 3);
