import { apiSuite } from './api-suite';

// The default mode: each test file gets its own in-memory PGlite (db/src/testing.ts).
delete process.env.TEST_DATABASE_URL;
apiSuite('embedded PGlite');
