// The only module that loads the generated code, always after the Long
// switch. Keep the import order.
import './long-as-number';
export { mesos } from './generated/mesos';
