export { SERBIAN_NRM_AGENCIES, type SeedAgency } from './serbian-agencies.js';
export {
  seedDemo,
  readDemoAgency,
  readDemoAdminToken,
  demoAgencyDir,
  type DemoAgency,
} from './seed-demo.js';
