import { blockSettingRule } from './lib/s3-block-setting.js';

export default blockSettingRule('block_public_acls');
