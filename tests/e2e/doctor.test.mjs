// `make doctor` knows every program a test or build step starts, so `make test` installs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROGRAMS, programsCalled } from '../../build/doctor.mjs';

test('every program the tests and build steps start is declared and installed by make', () => {
  const called = programsCalled();
  assert.ok(called.has('pdftotext'), 'the printed-report test starts pdftotext: the scan finds it');
  const undeclared = [...called.keys()].filter((p) => !(p in PROGRAMS) && p !== 'node');
  assert.deepEqual(undeclared, [], 'programs started by a test but installed by nothing');
  for (const [program, who] of Object.entries(PROGRAMS)) {
    assert.match(who, /^(deb:[a-z0-9.-]+|make tools .*|rustup .*|Node\.js .*)$/, `${program}: ${who}`);
  }
});
