import { checkEveryPage } from './check';

checkEveryPage(2, 3);
