package noengine

import (
	"container/list"
	"sync"
	"sync/atomic"

	"github.com/noengine/noengine/plan"
)

// PlanCache is a bounded LRU cache of compiled plans keyed by request shape.
// It is safe for concurrent use.
type PlanCache struct {
	mu      sync.Mutex
	max     int
	ll      *list.List
	entries map[string]*list.Element
	hits    atomic.Int64
	misses  atomic.Int64
}

type cacheEntry struct {
	key  string
	plan *plan.Plan
	// size is the size of the last response rendered from plan, which the
	// client reserves before rendering the next one (the response buffer
	// then grows once rather than by doubling).
	size atomic.Int64
}

// NewPlanCache returns a cache holding at most max plans (max <= 0: no caching).
func NewPlanCache(max int) *PlanCache {
	return &PlanCache{max: max, ll: list.New(), entries: map[string]*list.Element{}}
}

// Get returns the plan for key, counting a hit or a miss.
func (c *PlanCache) Get(key string) (*plan.Plan, bool) {
	e, ok := c.get([]byte(key))
	if !ok {
		return nil, false
	}
	return e.plan, true
}

// get is Get for a key being built in a buffer (the lookup allocates
// nothing); it returns the entry.
func (c *PlanCache) get(key []byte) (*cacheEntry, bool) {
	if c == nil || c.max <= 0 {
		return nil, false
	}
	c.mu.Lock()
	el, ok := c.entries[string(key)]
	if ok {
		c.ll.MoveToFront(el)
		e := el.Value.(*cacheEntry)
		c.mu.Unlock()
		c.hits.Add(1)
		return e, true
	}
	c.mu.Unlock()
	c.misses.Add(1)
	return nil, false
}

// Put stores a plan, evicting the least recently used one when full.
func (c *PlanCache) Put(key string, p *plan.Plan) { c.put(key, p) }

// put is Put returning the entry (nil when the cache is off).
func (c *PlanCache) put(key string, p *plan.Plan) *cacheEntry {
	if c == nil || c.max <= 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[key]; ok {
		e := el.Value.(*cacheEntry)
		if e.plan != p {
			// A new entry: others may be reading the old one's plan
			// without the lock.
			e = &cacheEntry{key: key, plan: p}
			el.Value = e
		}
		c.ll.MoveToFront(el)
		return e
	}
	e := &cacheEntry{key: key, plan: p}
	c.entries[key] = c.ll.PushFront(e)
	for c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.entries, last.Value.(*cacheEntry).key)
	}
	return e
}

// CacheStats are plan cache counters.
type CacheStats struct {
	Hits, Misses int64
	Size         int
}

// Stats returns the cache's counters.
func (c *PlanCache) Stats() CacheStats {
	if c == nil {
		return CacheStats{}
	}
	c.mu.Lock()
	n := c.ll.Len()
	c.mu.Unlock()
	return CacheStats{Hits: c.hits.Load(), Misses: c.misses.Load(), Size: n}
}
