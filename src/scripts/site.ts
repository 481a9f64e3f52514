// The script every page loads: offline reading and the incident log's watcher, both small.
import './offline.ts';
import './incident-watch.ts';
