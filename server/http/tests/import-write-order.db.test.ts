import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleOrder, samplePdf } from '../../testing/sample-order';
import {
  createTestApp,
  setUpTeam,
  TEST_PASSWORD,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { testBackend } from '../../testing/test-database';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const STORING_MS = 8000;

// PGlite runs one statement at a time for the whole process, so only PostgreSQL can show it.
describe.skipIf(testBackend() !== 'postgres')('an import storing its attachments', () => {
  it('holds up no sign-in while the files are written', async () => {
    // Writing the attachment takes seconds, as a 12 MB file on a slow disk would.
    await t.database.asSuperuser(
      `CREATE FUNCTION slow_documents() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_sleep(${STORING_MS / 1000}); RETURN NEW; END $$;
       CREATE TRIGGER slow_documents BEFORE INSERT ON documents
         FOR EACH ROW EXECUTE FUNCTION slow_documents();`,
    );
    const form = new FormData();
    form.set('order', JSON.stringify(sampleOrder()));
    form.append('attachment', new File([Buffer.from(samplePdf())], 'a.pdf'));
    const importing = team.reviewer.request('POST', '/api/orders', { body: form });
    await new Promise((wait) => setTimeout(wait, 500));

    const started = Date.now();
    const signIn = await t.client().post('/api/session', {
      username: 'reviewer2',
      password: TEST_PASSWORD,
    });
    const took = Date.now() - started;
    expect(signIn.status).toBe(200);
    expect(took).toBeLessThan(STORING_MS / 2);
    expect((await importing).status).toBe(200);
  });
});
