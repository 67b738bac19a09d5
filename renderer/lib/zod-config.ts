import { z } from 'zod';

// The CSP forbids eval. Zod probes `new Function` when each object schema is defined, which the
// browser reports as a violation, so this module must be imported before any schema exists.
z.config({ jitless: true });
