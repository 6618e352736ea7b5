// Importing this module registers the <fact-check> element.
import { defineElement } from './element.js';

defineElement();
