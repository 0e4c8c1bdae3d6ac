import { blockSettingRule } from './lib/s3-block-setting.js';

export default blockSettingRule('restrict_public_buckets');
