// `npm run -s token -- <NIP>`: signs a demo official in at the OpenID provider `npm start` runs
// (authorization code + PKCE through its login page) and prints their access token for curl.
// OIDC_ISSUER and OIDC_AUDIENCE point it at another provider whose login page asks for the NIP.
import { demoSettings } from '../identity/demoClient';
import { signIn } from '../identity/signIn';

const nip = process.argv[2];
if (!nip || !/^\d{18}$/.test(nip)) {
  console.error('usage: npm run -s token -- <18-digit NIP of a demo official>');
  process.exit(2);
}
const demo = demoSettings(process.env);
signIn(process.env.OIDC_ISSUER ?? demo.issuer, process.env.OIDC_AUDIENCE ?? demo.audience, nip)
  .then((token) => console.log(token))
  .catch((e: Error) => {
    console.error(`no token: ${e.message}${(e.cause as Error | undefined)?.message ? ` (${(e.cause as Error).message}); is npm start running?` : ''}`);
    process.exit(1);
  });
