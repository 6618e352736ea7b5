import { attach, check, ready } from 'factcheck';

const handle = attach(document.getElementById('story'), { panel: document.getElementById('findings') });
handle.on('findingschange', ({ detail }) => console.log(`${detail.report.figures.length} figures`));

// The engine on its own, for a build step or a server-side check in the same app.
await ready();
window.headline = check('At least 23 people were killed in Kyiv on 28 August 2025.');
