/** How a test host app holds the exercise's state. */
export interface HostOptions {
  /**
   * `true`: the host keeps `event.detail.value` of each `coprod-change` and passes it back as
   * `value` (controlled). `false`: it passes the same starting object on every render.
   */
  controlled: boolean;
}
