// Ambient declarations for the two peers that ship no types (benchmark only).
declare module 'moment-business-time' {
  import moment from 'moment';
  export default moment;
}
