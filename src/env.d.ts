// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- Astro generates this file; a reference is how it is meant to be included
/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /**
     * The policy whose MDX body is being rendered. MDX components (<Clause>, <Run>, <Row>) only
     * receive an `id`; they read their label and citation from here.
     */
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient namespace cannot use import declarations
    policy?: import('./data/policies').Policy;
  }
}
