import { attach, check, ready } from 'factcheck';

const story = document.getElementById('story');
const findings = document.getElementById('findings');
if (!story || !findings) throw new Error('this page needs #story and #findings');
const handle = attach(story, { panel: findings });
handle.on('findingschange', ({ detail }) => console.log(`${detail.report.figures.length} figures`));

// The engine on its own, for a build step or a server-side check in the same app (the tests
// read its report as window.headline).
await ready();
Object.assign(window, { headline: check('At least 23 people were killed in Kyiv on 28 August 2025.') });
