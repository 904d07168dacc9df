// The hooks the demos may name in phx-hook (L12).
import { ActivityTracker } from "./activity_tracker.js";
import { AntiFlash } from "./anti_flash.js";
import { CacheSnapshot } from "./cache_snapshot.js";
import { ConnectionBanner } from "./connection_banner.js";
import { ConnectionLog } from "./connection_log.js";
import { CursorThrottle } from "./cursor_throttle.js";
import { FieldFocus } from "./field_focus.js";
import { InfiniteScroll } from "./infinite_scroll.js";
import { OptimisticSend } from "./optimistic_send.js";
import { PresenceHeartbeat } from "./presence_heartbeat.js";
import { ResilientAction } from "./resilient_action.js";
import { ScrollRestore } from "./scroll_restore.js";
import { ToastTimer } from "./toast_timer.js";
import { UnsavedChanges } from "./unsaved_changes.js";

export const hooks = { ActivityTracker, AntiFlash, CacheSnapshot, ConnectionBanner, ConnectionLog, CursorThrottle, FieldFocus, InfiniteScroll, OptimisticSend, PresenceHeartbeat, ResilientAction, ScrollRestore, ToastTimer, UnsavedChanges };
