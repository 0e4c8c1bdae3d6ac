import { blockSettingRule } from './lib/s3-block-setting.js';

export default blockSettingRule('ignore_public_acls');
