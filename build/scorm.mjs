// `make scorm`: a SCORM 1.2 package of the single-file build, for an LMS (Moodle, Canvas,
// Blackboard…) to import as a course activity.
//
// The zip holds imsmanifest.xml (one organization, one item, one SCO resource) and the
// single page as index.html, built with the SCORM 1.2 runtime shim (build/single.mjs
// --scorm): it initialises with the LMS, marks the activity completed and finishes. No
// journey data goes to the LMS.
//
// Usage: node build/scorm.mjs [dist] [out.zip] [--embed]
// With --embed the package holds the course embed (its small program) instead of the
// workspace: the chart, scores, lanes and presets a learner plays with.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSingle } from './single.mjs';
import { zip } from './zip.mjs';

// The same for every build, so an LMS can recognise a new upload as the same package.
const IDENTIFIER = 'peakend-journey-scorm12';
const EMBED_IDENTIFIER = 'peakend-embed-scorm12';
const TITLE = 'Peakend: how will your customers remember this journey?';

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The SCORM 1.2 (IMS Content Packaging 1.1.2 + ADL CP 1.2) manifest for `files`. */
export function manifest({ identifier, title = TITLE, launch = 'index.html', files = [launch] }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="peakend-org">
    <organization identifier="peakend-org">
      <title>${xml(title)}</title>
      <item identifier="peakend-item" identifierref="peakend-sco" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="peakend-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The package's bytes, from a trunk release build in `dist`. */
export function buildScorm(dist = 'dist', { embed = false } = {}) {
  const page = buildSingle(dist, { scorm: true, embed });
  // The embed is another package to an LMS: its own identifier.
  const identifier = embed ? EMBED_IDENTIFIER : IDENTIFIER;
  return zip([
    { name: 'imsmanifest.xml', data: manifest({ identifier }) },
    { name: 'index.html', data: page },
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const embed = args.includes('--embed');
  const [dist = 'dist', out = embed ? 'dist-single/peakend-embed-scorm.zip' : 'dist-single/peakend-scorm.zip'] = args.filter((a) => !a.startsWith('--'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, buildScorm(dist, { embed }));
  console.log(`scorm: wrote ${out}`);
}
