//go:build !purego

#include "textflag.h"

// func touchRows(w []float32, rows []uint32, last int)
//
// Prefetches the first and the last float (last bytes further) of every
// row. A prefetch retires without waiting for its line, so the whole list
// is in flight before the sums read it, and it can never fault.
TEXT ·touchRows(SB), NOSPLIT, $0-56
	MOVQ       w_base+0(FP), SI
	MOVQ       rows_base+24(FP), BX
	MOVQ       rows_len+32(FP), CX
	MOVQ       last+48(FP), DX
	TESTQ      CX, CX
	JEQ        done

loop:
	MOVL       (BX), AX // zero-extends: the row's offset in floats
	LEAQ       (SI)(AX*4), DI
	PREFETCHT0 (DI)
	PREFETCHT0 (DI)(DX*1)
	ADDQ       $4, BX
	DECQ       CX
	JNE        loop

done:
	RET
