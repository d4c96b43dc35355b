// tsc reads no .vue files (scripts/build-test-hosts.mjs compiles them with vue/compiler-sfc).
declare module '*.vue' {
  import type { Component } from 'vue';
  const component: Component;
  export default component;
}
