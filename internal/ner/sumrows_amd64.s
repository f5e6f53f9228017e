//go:build !purego

#include "textflag.h"

// func sumRows18(acc *[18]float32, w []float32, rows []uint32)
//
// Each lane sums its column in row order with one IEEE single-precision
// addition per row, as the scalar loop does (ADDPS rounds each lane like
// ADDSS), so the sums are bit-identical to it.
TEXT ·sumRows18(SB), NOSPLIT, $0-56
	MOVQ   acc+0(FP), DI
	MOVQ   w_base+8(FP), SI
	MOVQ   rows_base+32(FP), BX
	MOVQ   rows_len+40(FP), CX
	MOVUPS 0(DI), X0
	MOVUPS 16(DI), X1
	MOVUPS 32(DI), X2
	MOVUPS 48(DI), X3
	MOVSD  64(DI), X4 // columns 16 and 17; the upper lanes are zero
	TESTQ  CX, CX
	JEQ    done

loop:
	MOVL   (BX), AX // zero-extends: the row's offset in floats
	LEAQ   (SI)(AX*4), DX
	MOVUPS 0(DX), X5
	ADDPS  X5, X0
	MOVUPS 16(DX), X6
	ADDPS  X6, X1
	MOVUPS 32(DX), X7
	ADDPS  X7, X2
	MOVUPS 48(DX), X8
	ADDPS  X8, X3
	MOVSD  64(DX), X9
	ADDPS  X9, X4
	ADDQ   $4, BX
	DECQ   CX
	JNE    loop

done:
	MOVUPS X0, 0(DI)
	MOVUPS X1, 16(DI)
	MOVUPS X2, 32(DI)
	MOVUPS X3, 48(DI)
	MOVSD  X4, 64(DI)
	RET

// func sumRows9(acc *[9]float32, w []float32, rows []uint32)
TEXT ·sumRows9(SB), NOSPLIT, $0-56
	MOVQ   acc+0(FP), DI
	MOVQ   w_base+8(FP), SI
	MOVQ   rows_base+32(FP), BX
	MOVQ   rows_len+40(FP), CX
	MOVUPS 0(DI), X0
	MOVUPS 16(DI), X1
	MOVSS  32(DI), X2
	TESTQ  CX, CX
	JEQ    done9

loop9:
	MOVL   (BX), AX
	LEAQ   (SI)(AX*4), DX
	MOVUPS 0(DX), X5
	ADDPS  X5, X0
	MOVUPS 16(DX), X6
	ADDPS  X6, X1
	MOVSS  32(DX), X7
	ADDSS  X7, X2
	ADDQ   $4, BX
	DECQ   CX
	JNE    loop9

done9:
	MOVUPS X0, 0(DI)
	MOVUPS X1, 16(DI)
	MOVSS  X2, 32(DI)
	RET
