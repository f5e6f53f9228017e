package source

import (
	"bufio"
	"errors"
	"io"
)

// readLine reads one line from br into buf[:0] and returns it without the
// line ending. A line longer than max bytes is consumed to its end but not
// kept: tooLong is true and line holds its first max bytes. At the end of
// input a final unterminated line is returned with a nil error, and the
// next call returns io.EOF. Any other read error is returned with the part
// of the line read so far.
func readLine(br *bufio.Reader, max int64, buf []byte) (line []byte, n int64, tooLong bool, err error) {
	line = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			line = append(line, chunk...)
			if int64(len(line)) > max+2 { // room for "\r\n"
				tooLong = true
				line = line[:max]
			}
		}
		switch {
		case err == nil:
			line, tooLong = finishLine(line, max, tooLong)
			return line, n, tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF:
			if n == 0 {
				return nil, 0, false, io.EOF
			}
			line, tooLong = finishLine(line, max, tooLong)
			return line, n, tooLong, nil
		default:
			line, tooLong = finishLine(line, max, tooLong)
			return line, n, tooLong, err
		}
	}
}

// finishLine strips the line ending and applies the length limit.
func finishLine(line []byte, max int64, tooLong bool) ([]byte, bool) {
	if tooLong {
		return line, true
	}
	line = trimEOL(line)
	if int64(len(line)) > max {
		return line[:max], true
	}
	return line, false
}

func trimEOL(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	if len(b) > 0 && b[len(b)-1] == '\r' {
		b = b[:len(b)-1]
	}
	return b
}
