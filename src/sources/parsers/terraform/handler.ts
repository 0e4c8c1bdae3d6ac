import type { FileKindHandler } from '../types.js';
import { buildTerraformModules, isTerraformConfigPath, isTfvarsPath } from './build-modules.js';
import { independentTerraformSets } from './partition.js';
import { isPlanJson } from './plan-json.js';

/**
 * Per-file entry point (rule tester, `--kind terraform`): the file is evaluated as a one-file
 * root module, with the tfvars of its directory and its local modules read through ParseIO.
 * Whole-directory scans should call `buildTerraformModules` with every Terraform file instead,
 * so sibling files (variables.tf, locals.tf...) are evaluated together.
 */
export const terraformHandler: FileKindHandler = {
  kind: 'terraform',
  label: 'Terraform (HCL, .tf.json, plan JSON)',
  comments: ['#', '//'],
  byName: (path) => isTerraformConfigPath(path) || isTfvarsPath(path),
  byContent: (text, base) => /\.json$/i.test(base) && isPlanJson(text),
  parse(file, io) {
    if (isTfvarsPath(file.path)) return { documents: [], diagnostics: [] };
    return buildTerraformModules([file], io);
  },
  // A scan hands every Terraform file over at once: modules are directories, evaluated together.
  parseGroup(files, io, options) {
    return buildTerraformModules([...files], io, {
      ...(options.varFiles ? { varFiles: [...options.varFiles] } : {}),
    });
  },
  splitGroup: (absPaths, io) => independentTerraformSets(absPaths, (p) => io.readText(p)),
};
