// Types of build-entries.mjs for vite.config.ts (TypeScript), which builds from the same entry list.
export declare const root: string

export type ExportTarget = string | { types?: string; default?: string }

export interface PackageJson {
  name: string
  version: string
  exports: Record<string, ExportTarget>
  [key: string]: unknown
}

export interface JsEntry {
  subpath: string
  name: string
  source: string
  js: string
  types: string | undefined
}

export declare function readPackage(): PackageJson
export declare function exportTarget(target: ExportTarget): string | undefined
export declare function jsEntries(pkg?: Pick<PackageJson, 'exports'>): JsEntry[]
