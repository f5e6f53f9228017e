package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/internal/queue/jetstream"
	"github.com/marsad/marsad/internal/queue/jetstream/jetstreamtest"
)

// TestQueueWorkersSurviveKill publishes generated articles to JetStream,
// runs two `marsad serve --roles=process` workers against PostgreSQL,
// SIGKILLs one in the middle and restarts it. Afterwards every article is
// stored exactly once and the events equal those of a single-process
// `marsad ingest` of the same articles. MARSAD_QUEUE_KILL_N sets the
// number of articles (default 1000; the measured run of 10,000 is in
// docs/parts/queue.md).
func TestQueueWorkersSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	n := 1000
	if v := os.Getenv("MARSAD_QUEUE_KILL_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 100 {
			t.Fatalf("MARSAD_QUEUE_KILL_N = %q, want a number ≥ 100", v)
		}
	}
	conn, base := postgresOrSkip(t)
	natsURL := jetstreamtest.URL(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "articles.jsonl")
	writeGeneratedArticles(t, in, n)

	// The single-process reference run.
	start := time.Now()
	refDSN := freshSchema(t, conn, base)
	if code, out, errOut := runCmd(t, "", "ingest", "--quiet", "--store", refDSN, "--data", filepath.Join(dir, "ref"), in); code != 0 {
		t.Fatalf("reference ingest: exit %d: %s %s", code, out, errOut)
	}
	refArticles, refEvents := countStored(t, conn, refDSN)
	t.Logf("single process: %d articles, %d events in %v", refArticles, refEvents, time.Since(start).Round(time.Millisecond))
	if refArticles != n {
		t.Fatalf("reference run stored %d articles, want %d (generated texts must be distinct)", refArticles, n)
	}

	// Publish everything, twice: the second time is dropped by the
	// de-duplication window.
	prefix := "TESTKILL" + jetstreamtest.Suffix()
	qURL := natsURL + "?prefix=" + prefix + "&ack-wait=3s"
	qc, err := queueConfig(qURL)
	if err != nil {
		t.Fatal(err)
	}
	q, err := jetstream.Open(context.Background(), qc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Delete(context.Background()); q.Close() })
	for i, want := range []string{fmt.Sprintf("published %d, duplicates 0", n), fmt.Sprintf("published 0, duplicates %d", n)} {
		code, out, errOut := runCmd(t, "", "ingest", "--queue", qURL, in)
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("publish %d: exit %d, %q %s; want %q", i+1, code, out, errOut, want)
		}
	}

	dsn := freshSchema(t, conn, base)
	worker := func(name string) *exec.Cmd { return startWorker(t, dir, name, qURL, dsn, 2, false) }
	start = time.Now()
	a, b := worker("a"), worker("b")
	defer func() {
		for _, c := range []*exec.Cmd{a, b} {
			c.Process.Kill()
			c.Wait()
		}
	}()
	killed := false
	for deadline := time.Now().Add(10 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if stored, _ := countStored(t, conn, dsn); stored >= n/3 {
			a.Process.Signal(syscall.SIGKILL)
			a.Wait()
			killed = true
			t.Logf("worker a killed with %d of %d articles stored, after %v", stored, n, time.Since(start).Round(time.Millisecond))
			break
		}
	}
	if !killed {
		t.Fatal("the workers did not store a third of the articles in time")
	}
	a = worker("a")
	ctx := context.Background()
	for deadline := time.Now().Add(15 * time.Minute); ; time.Sleep(200 * time.Millisecond) {
		lag, err := q.Lag(ctx)
		if err == nil && lag.Pending == 0 && lag.AckPending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue still has %+v after the deadline (%v)", lag, err)
		}
	}
	elapsed := time.Since(start)
	var total, distinct, urls int
	if err := conn.QueryRow(ctx, "SELECT count(*), count(DISTINCT id), count(DISTINCT url) FROM "+schemaOf(dsn)+".articles").Scan(&total, &distinct, &urls); err != nil {
		t.Fatal(err)
	}
	if total != n || distinct != n || urls != n {
		t.Errorf("after kill and restart: %d rows, %d distinct ids, %d distinct URLs; want exactly %d each", total, distinct, urls, n)
	}
	_, events := countStored(t, conn, dsn)
	if events != refEvents {
		t.Errorf("events after kill and restart = %d, want %d as in the single-process run", events, refEvents)
		rows, err := conn.Query(ctx, "SELECT a.url FROM "+schemaOf(dsn)+".articles a LEFT JOIN "+schemaOf(dsn)+".analyses an ON an.article_id = a.id WHERE an.article_id IS NULL")
		if err == nil {
			for rows.Next() {
				var u string
				rows.Scan(&u)
				t.Logf("stored without its analysis: %s", u)
			}
			rows.Close()
		}
	}
	dead, err := q.DeadLetters(ctx, 10)
	if err != nil || len(dead) != 0 {
		t.Errorf("dead letters = %+v, %v; want none", dead, err)
	}
	t.Logf("2 workers (one killed and restarted): %d articles, %d events in %v (%.1f articles/s)", total, events, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())
}

// postgresOrSkip connects to the test PostgreSQL (MARSAD_TEST_POSTGRES or
// the local one); it skips without one, except under CI.
func postgresOrSkip(t testing.TB) (*pgx.Conn, string) {
	t.Helper()
	base := os.Getenv("MARSAD_TEST_POSTGRES")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL is required under CI: %v", err)
		}
		t.Skipf("no PostgreSQL at %s: %v", base, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn, base
}

// freshSchema creates a schema dropped at cleanup and returns a DSN using it.
func freshSchema(t testing.TB, conn *pgx.Conn, base string) string {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "test_queue_" + hex.EncodeToString(b)
	if _, err := conn.Exec(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	return base + "&search_path=" + schema
}

func schemaOf(dsn string) string {
	_, s, _ := strings.Cut(dsn, "search_path=")
	return s
}

// countStored counts articles and events in the DSN's schema; zero before
// the schema has tables.
func countStored(t testing.TB, conn *pgx.Conn, dsn string) (articles, events int) {
	t.Helper()
	s := schemaOf(dsn)
	ctx := context.Background()
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+s+".articles").Scan(&articles); err != nil {
		return 0, 0
	}
	conn.QueryRow(ctx, "SELECT count(*) FROM "+s+".events").Scan(&events)
	return articles, events
}

// startWorker starts `marsad serve --roles=process` as a child process
// (the test binary re-executed through TestIngestChild); with wait, it
// returns once the worker is consuming.
func startWorker(tb testing.TB, dir, name, qURL, dsn string, workers int, wait bool) *exec.Cmd {
	tb.Helper()
	args := []string{"serve", "--roles", "process", "--queue", qURL, "--store", dsn, "--workers", strconv.Itoa(workers),
		"--addr", "127.0.0.1:0", "--data", filepath.Join(dir, name), "--log-level", "warn"}
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestChild$")
	cmd.Env = append(os.Environ(), "MARSAD_TEST_INGEST_ARGS="+strings.Join(args, "\x1f"))
	w := &prefixWriter{tb: tb, name: name, ready: make(chan struct{})}
	cmd.Stderr = w
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	if wait {
		select {
		case <-w.ready:
		case <-time.After(2 * time.Minute):
			tb.Fatalf("worker %s did not start", name)
		}
	}
	return cmd
}

// prefixWriter sends a child's log lines to the test log and says when
// the child is serving.
type prefixWriter struct {
	tb    testing.TB
	name  string
	ready chan struct{}
	once  sync.Once
}

func (w *prefixWriter) Write(p []byte) (int, error) {
	for _, l := range strings.Split(strings.TrimSpace(string(p)), "\n") {
		switch {
		case strings.Contains(l, "listening on"):
			w.once.Do(func() { close(w.ready) })
		case l != "" && !strings.Contains(l, "token"):
			w.tb.Logf("worker %s: %s", w.name, l)
		}
	}
	return len(p), nil
}

// writeGeneratedArticles writes n distinct Arabic news articles as JSON
// Lines. Each combines sentences from several pools with different names,
// places, organisations and numbers, so that no two are near-duplicates.
func writeGeneratedArticles(t testing.TB, path string, n int) {
	t.Helper()
	people := []string{"محمد العلي", "سارة الحسيني", "خالد المصري", "ليلى عبد الله", "عمر الدوري", "فاطمة الزهراني",
		"يوسف الخطيب", "نادية السعدي", "حسن الجبوري", "ريم القاسم", "طارق البزاز", "هدى الشمري", "سامي النعيمي",
		"منى الكبيسي", "جمال الراوي", "دينا العبيدي", "باسل الحمداني", "علياء الفلاحي", "زياد التميمي", "رنا العزاوي"}
	places := []string{"الموصل", "البصرة", "كركوك", "حلب", "حمص", "إدلب", "صنعاء", "عدن", "تعز", "بنغازي",
		"طرابلس", "مصراتة", "غزة", "رام الله", "بيروت", "صيدا", "عمّان", "إربد", "الخرطوم", "أم درمان", "القاهرة", "الإسكندرية", "تونس", "صفاقس"}
	orgs := []string{"وزارة الصحة", "الهلال الأحمر", "نقابة المعلمين", "غرفة التجارة", "مجلس المحافظة", "اتحاد العمال",
		"وزارة الداخلية", "جامعة المدينة", "هيئة الكهرباء", "منظمة الإغاثة", "وزارة الزراعة", "البلدية"}
	opening := []string{
		"أعلن %[1]s، المتحدث باسم %[3]s، أن %[4]d عاملاً شاركوا في حملة لإصلاح شبكة المياه في %[2]s يوم الثلاثاء.",
		"تظاهر نحو %[4]d شخص أمام مقر %[3]s في %[2]s للمطالبة بتحسين الخدمات، بحسب ما قال %[1]s.",
		"وقّعت %[3]s اتفاقاً مع شركة محلية في %[2]s لبناء %[5]d مدارس جديدة، وقال %[1]s إن العمل يبدأ الشهر المقبل.",
		"قُتل %[5]d أشخاص وأصيب %[4]d آخرون في انفجار قرب سوق شعبي في %[2]s، وفق ما أفاد %[1]s من %[3]s.",
		"استقبل %[1]s وفداً من %[3]s في %[2]s لبحث خطة لتوزيع %[4]d سلة غذائية على الأسر المحتاجة.",
		"أغلقت قوات الأمن الطرق المؤدية إلى وسط %[2]s بعد اشتباكات استمرت %[5]d ساعات، حسبما ذكر %[1]s.",
		"قال %[1]s إن %[3]s قدّمت منحاً دراسية لـ%[4]d طالباً من %[2]s هذا العام.",
		"اعتقلت الشرطة %[5]d مشتبهين في %[2]s بتهمة تهريب الوقود، وأكد %[1]s أن التحقيق مستمر.",
	}
	middle := []string{
		"وأضاف أن الميزانية المخصصة بلغت %[1]d مليون دينار، وأن المرحلة الثانية ستشمل %[2]d قرية.",
		"وأشار إلى أن الأهالي في حي %[3]s طالبوا منذ %[2]d أشهر بحلول عاجلة.",
		"ونقلت وكالة الأنباء المحلية عن شهود أن %[1]d سيارة إسعاف وصلت إلى المكان.",
		"وتعهد المسؤولون بمراجعة الإجراءات خلال %[2]d أسابيع، فيما انتقد ناشطون بطء الاستجابة في %[3]s.",
		"ويقدَّر عدد المستفيدين بـ%[1]d أسرة في %[3]s والمناطق المجاورة.",
		"وذكرت مصادر طبية أن مستشفى %[3]s استقبل %[2]d حالات خلال الليل.",
	}
	closing := []string{
		"ومن المقرر أن يعقد %[1]s مؤتمراً صحفياً في %[2]s الأسبوع المقبل.",
		"ولم تعلق الحكومة حتى الآن على هذه التطورات.",
		"وتأتي هذه الخطوة بعد زيارة قام بها %[1]s إلى %[2]s في وقت سابق من الشهر.",
		"وقالت %[3]s في بيان إنها ستتابع تنفيذ ما اتُّفق عليه.",
		"ويشكو سكان %[2]s من انقطاع الكهرباء لساعات طويلة يومياً.",
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := 0; i < n; i++ {
		p, pl, o := people[i%len(people)], places[(i/3)%len(places)], orgs[(i/7)%len(orgs)]
		p2, pl2 := people[(i*7+3)%len(people)], places[(i*11+5)%len(places)]
		text := fmt.Sprintf(opening[i%len(opening)], p, pl, o, 40+i*3, 2+i%9) + " " +
			fmt.Sprintf(middle[(i/5)%len(middle)], 100+i*17, 3+i%11, pl2) + " " +
			fmt.Sprintf(closing[(i/11)%len(closing)], p2, pl, o) +
			fmt.Sprintf(" (تقرير رقم %d من مراسلنا في %s)", i+1, pl)
		enc.Encode(map[string]string{
			"id":        fmt.Sprintf("gen-%d", i),
			"url":       fmt.Sprintf("https://news.example.org/%s/%d", strings.ToLower(o[:2]), i),
			"title":     fmt.Sprintf("%s: خبر من %s (%d)", o, pl, i),
			"source":    "مراسل مرصد",
			"published": time.Date(2026, 11, 1+i%28, i%24, i%60, 0, 0, time.UTC).Format(time.RFC3339),
			"text":      text,
		})
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}
