/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /**
     * The policy whose MDX body is being rendered. MDX components (<Clause>, <Run>, <Row>) only
     * receive an `id`; they read their label and citation from here.
     */
    policy?: import('./data/policies').Policy;
  }
}
