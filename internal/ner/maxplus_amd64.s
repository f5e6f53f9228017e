//go:build !purego

#include "textflag.h"

// func maxPlus(best *[12]float32, prev *[9]float32, tr *[9][12]float32)
//
// For p = 0..8 in turn: v = prev[p] + tr[p] in each lane, then
// best = MAXPS(v, best), which is v where v > best and best otherwise
// (also when either is NaN or both are zeros), as the scalar loop's
// strict comparison.
TEXT ·maxPlus(SB), NOSPLIT, $0-24
	MOVQ   best+0(FP), DI
	MOVQ   prev+8(FP), SI
	MOVQ   tr+16(FP), DX
	MOVL   $0xff800000, AX // -Inf
	MOVL   AX, X0
	SHUFPS $0, X0, X0
	MOVAPS X0, X1
	MOVAPS X0, X2
	MOVQ   $9, CX

loop:
	MOVSS  (SI), X3
	SHUFPS $0, X3, X3
	MOVUPS 0(DX), X4
	ADDPS  X3, X4
	MAXPS  X0, X4
	MOVAPS X4, X0
	MOVUPS 16(DX), X5
	ADDPS  X3, X5
	MAXPS  X1, X5
	MOVAPS X5, X1
	MOVUPS 32(DX), X6
	ADDPS  X3, X6
	MAXPS  X2, X6
	MOVAPS X6, X2
	ADDQ   $4, SI
	ADDQ   $48, DX
	DECQ   CX
	JNE    loop

	MOVUPS X0, 0(DI)
	MOVUPS X1, 16(DI)
	MOVUPS X2, 32(DI)
	RET
