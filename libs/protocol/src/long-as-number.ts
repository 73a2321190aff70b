// Side-effect module: import it before ./generated/mesos (src/root.ts does).
//
// protobufjs decodes 64-bit integers to Long objects whenever it can load
// the `long` package, which it depends on. Our callers want plain numbers
// (byte counters and port ranges stay far below 2^53), and the generated code
// reads util.Long once, at load time, for its field defaults; so the switch
// has to happen before that module is evaluated. It changes the process-wide
// protobufjs/minimal instance, which only our generated code uses.
import * as protobuf from 'protobufjs/minimal';

protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();
