//! One contract, three backends: every case runs against the in-memory
//! store, a real Redis and a real Redis Cluster. Each case gets two handles
//! of one store: clones for memory, two separate clients for Redis (as two
//! server nodes would be).

use std::sync::Arc;
use std::time::Duration;

use auth::store::{ListChange, ListChanged};
use auth::{Delivery, Store};
use tokio::sync::Barrier;
use tokio::time::{sleep, timeout};

use crate::support::{redis_store, unique};

type Pair = (Arc<dyn Store>, Arc<dyn Store>);

const RACERS: usize = 200;
const SHORT: Duration = Duration::from_millis(150);
const PAST_SHORT: Duration = Duration::from_millis(400);

macro_rules! contract {
    ($($case:ident),* $(,)?) => {
        mod memory {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let store = server::store::MemoryStore::new();
                    super::$case((Arc::new(store.clone()), Arc::new(store))).await;
                }
            )*
            use std::sync::Arc;
        }
        mod redis {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let a = crate::support::redis_store().await;
                    let b = crate::support::redis_store().await;
                    super::$case((Arc::new(a), Arc::new(b))).await;
                }
            )*
            use std::sync::Arc;
        }
        mod cluster {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let a = crate::support::cluster_store().await;
                    let b = crate::support::cluster_store().await;
                    super::$case((Arc::new(a), Arc::new(b))).await;
                }
            )*
            use std::sync::Arc;
        }
    };
}

contract!(
    put_then_get_from_another_handle,
    get_many_reads_each_key_in_order,
    put_new_writes_only_where_nothing_lives,
    delete_removes_a_record,
    take_has_exactly_one_winner_among_200_racers,
    compare_and_swap_has_exactly_one_winner_among_200_racers,
    compare_and_swap_keeps_the_expiry,
    compare_and_swap_can_extend_the_expiry_but_not_revive_a_deleted_record,
    expired_record_is_gone_for_every_operation,
    counter_counts_within_its_window_then_restarts,
    a_counter_taken_back_keeps_its_window_and_never_goes_below_zero,
    a_list_changed_by_200_racers_at_once_keeps_every_change,
    a_capped_list_takes_exactly_its_cap_of_200_racers,
    a_list_change_keeps_the_lists_expiry_and_reads_as_json,
    publish_on_one_handle_reaches_a_subscriber_on_the_other,
    subscriber_hears_only_its_channel_and_many_subscribers_all_hear,
    ping_answers,
    records_without_expiry_stay,
    recent_list_keeps_the_newest_entries_first,
);

async fn put_then_get_from_another_handle((a, b): Pair) {
    let key = unique("put");
    a.put(&key, b"value", Some(Duration::from_secs(30)))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        b.get(&key).await.ok().flatten().as_deref(),
        Some(&b"value"[..])
    );
    a.put(&key, b"second", Some(Duration::from_secs(30)))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        b.get(&key).await.ok().flatten().as_deref(),
        Some(&b"second"[..])
    );
    assert_eq!(b.get(&unique("absent")).await.ok().flatten(), None);
}

async fn get_many_reads_each_key_in_order((a, b): Pair) {
    let (one, two, absent, expiring) = (
        unique("one"),
        unique("two"),
        unique("absent"),
        unique("exp"),
    );
    a.put(&one, b"1", None).await.unwrap();
    a.put(&two, b"2", Some(Duration::from_secs(30)))
        .await
        .unwrap();
    a.put(&expiring, b"x", Some(SHORT)).await.unwrap();
    sleep(PAST_SHORT).await;
    let keys = [two.clone(), absent, one.clone(), expiring];
    assert_eq!(
        b.get_many(&keys).await.unwrap(),
        vec![Some(b"2".to_vec()), None, Some(b"1".to_vec()), None]
    );
    assert!(b.get_many(&[]).await.unwrap().is_empty());
}

async fn put_new_writes_only_where_nothing_lives((a, b): Pair) {
    let key = unique("put-new");
    assert_eq!(
        a.put_new(&key, b"first", Some(Duration::from_secs(30)))
            .await
            .ok(),
        Some(true)
    );
    assert_eq!(
        b.put_new(&key, b"second", Some(Duration::from_secs(30)))
            .await
            .ok(),
        Some(false)
    );
    assert_eq!(
        a.get(&key).await.ok().flatten().as_deref(),
        Some(&b"first"[..])
    );
}

async fn delete_removes_a_record((a, b): Pair) {
    let key = unique("delete");
    a.put(&key, b"v", Some(Duration::from_secs(30)))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.delete(&key).await.ok(), Some(true));
    assert_eq!(a.delete(&key).await.ok(), Some(false));
    assert_eq!(a.get(&key).await.ok().flatten(), None);
}

async fn take_has_exactly_one_winner_among_200_racers((a, b): Pair) {
    let key = unique("take");
    a.put(&key, b"prize", Some(Duration::from_secs(30)))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let start = Arc::new(Barrier::new(RACERS));
    let racers: Vec<_> = (0..RACERS)
        .map(|i| {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            let (key, start) = (key.clone(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                store.take(&key).await
            })
        })
        .collect();
    let mut winners = 0;
    for racer in racers {
        match racer.await {
            Ok(Ok(Some(value))) => {
                assert_eq!(value, b"prize");
                winners += 1;
            }
            Ok(Ok(None)) => {}
            other => panic!(
                "racer failed: {:?}",
                other.map(|r| r.map_err(|e| e.to_string()))
            ),
        }
    }
    assert_eq!(winners, 1);
    assert_eq!(a.get(&key).await.ok().flatten(), None);
}

/// Every racer announces its swap on the record's channel: the one winner's
/// record is heard, once, and no loser's.
async fn compare_and_swap_has_exactly_one_winner_among_200_racers((a, b): Pair) {
    let key = unique("cas");
    a.put(&key, b"pending", Some(Duration::from_secs(30)))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut heard = b.subscribe(&key).await.unwrap_or_else(|e| panic!("{e}"));
    let start = Arc::new(Barrier::new(RACERS));
    let racers: Vec<_> = (0..RACERS)
        .map(|i| {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            let (key, start) = (key.clone(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                let mine = format!("approved-by-{i}");
                store
                    .compare_and_swap(&key, b"pending", mine.as_bytes(), None, Some(&key))
                    .await
                    .map(|won| won.then_some(mine))
            })
        })
        .collect();
    let mut winners = Vec::new();
    for racer in racers {
        match racer.await {
            Ok(Ok(Some(mine))) => winners.push(mine),
            Ok(Ok(None)) => {}
            other => panic!(
                "racer failed: {:?}",
                other.map(|r| r.map_err(|e| e.to_string()))
            ),
        }
    }
    assert_eq!(winners.len(), 1, "winners: {winners:?}");
    let stored = a.get(&key).await.ok().flatten().unwrap_or_default();
    assert_eq!(String::from_utf8_lossy(&stored), winners[0]);
    let first = timeout(Duration::from_secs(5), heard.recv()).await;
    assert_eq!(
        first.ok().flatten(),
        Some(Delivery::Message(winners[0].clone().into_bytes()))
    );
    let more = timeout(Duration::from_millis(300), heard.recv()).await;
    assert!(more.is_err(), "a second announcement: {more:?}");
}

async fn compare_and_swap_keeps_the_expiry((a, b): Pair) {
    let key = unique("cas-ttl");
    a.put(&key, b"old", Some(SHORT))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        b.compare_and_swap(&key, b"old", b"new", None, None)
            .await
            .ok(),
        Some(true)
    );
    assert_eq!(
        a.compare_and_swap(&key, b"old", b"other", None, None)
            .await
            .ok(),
        Some(false)
    );
    sleep(PAST_SHORT).await;
    assert_eq!(
        a.get(&key).await.ok().flatten(),
        None,
        "the swap must not make the record immortal"
    );
}

async fn compare_and_swap_can_extend_the_expiry_but_not_revive_a_deleted_record((a, b): Pair) {
    let key = unique("cas-extend");
    a.put(&key, b"v1", Some(SHORT)).await.unwrap();
    let longer = Some(Duration::from_secs(30));
    assert_eq!(
        b.compare_and_swap(&key, b"v1", b"v2", longer, None)
            .await
            .ok(),
        Some(true)
    );
    sleep(PAST_SHORT).await;
    assert_eq!(
        a.get(&key).await.ok().flatten().as_deref(),
        Some(&b"v2"[..]),
        "the new expiry holds"
    );
    assert!(a.delete(&key).await.unwrap());
    assert_eq!(
        b.compare_and_swap(&key, b"v2", b"v3", longer, None)
            .await
            .ok(),
        Some(false)
    );
    assert_eq!(
        a.get(&key).await.ok().flatten(),
        None,
        "a deleted record stays deleted"
    );
}

async fn expired_record_is_gone_for_every_operation((a, b): Pair) {
    let key = unique("expired");
    a.put(&key, b"v", Some(SHORT))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(b.get(&key).await.ok().flatten().is_some());
    sleep(PAST_SHORT).await;
    assert_eq!(b.get(&key).await.ok().flatten(), None, "get");
    assert_eq!(b.take(&key).await.ok().flatten(), None, "take");
    assert_eq!(b.delete(&key).await.ok(), Some(false), "delete");
    assert_eq!(
        b.compare_and_swap(&key, b"v", b"w", None, None).await.ok(),
        Some(false),
        "compare_and_swap"
    );
    assert_eq!(
        b.put_new(&key, b"fresh", Some(Duration::from_secs(30)))
            .await
            .ok(),
        Some(true),
        "put_new"
    );
    assert_eq!(
        a.get(&key).await.ok().flatten().as_deref(),
        Some(&b"fresh"[..])
    );
}

async fn counter_counts_within_its_window_then_restarts((a, b): Pair) {
    let key = unique("counter");
    assert_eq!(a.increment(&key, SHORT).await.ok(), Some(1));
    assert_eq!(b.increment(&key, SHORT).await.ok(), Some(2));
    assert_eq!(a.increment(&key, SHORT).await.ok(), Some(3));
    sleep(PAST_SHORT).await;
    assert_eq!(
        b.increment(&key, SHORT).await.ok(),
        Some(1),
        "a new window starts from one"
    );
}

async fn a_counter_taken_back_keeps_its_window_and_never_goes_below_zero((a, b): Pair) {
    let key = unique("refund");
    a.decrement(&key).await.unwrap();
    assert_eq!(a.get(&key).await.ok().flatten(), None, "no counter made");
    assert_eq!(a.increment(&key, SHORT).await.ok(), Some(1));
    assert_eq!(b.increment(&key, SHORT).await.ok(), Some(2));
    b.decrement(&key).await.unwrap();
    assert_eq!(a.increment(&key, SHORT).await.ok(), Some(2));
    a.decrement(&key).await.unwrap();
    a.decrement(&key).await.unwrap();
    b.decrement(&key).await.unwrap();
    assert_eq!(b.get(&key).await.ok().flatten().as_deref(), Some(&b"0"[..]));
    sleep(PAST_SHORT).await;
    assert_eq!(a.get(&key).await.ok().flatten(), None, "its window ended");
    a.decrement(&key).await.unwrap();
    assert_eq!(a.get(&key).await.ok().flatten(), None, "nothing revived");
}

/// 200 ids join one list at once, from two handles, each in one step.
async fn a_list_changed_by_200_racers_at_once_keeps_every_change((a, b): Pair) {
    let key = unique("list");
    let outcomes = race(&a, &b, &key, usize::MAX).await;
    assert!(outcomes
        .iter()
        .all(|o| *o == ListChanged::Done { evicted: false }));
    let listed: Vec<String> = serde_json::from_slice(&a.get(&key).await.unwrap().unwrap()).unwrap();
    assert_eq!(listed.len(), RACERS, "every id listed once");
    // Half of them leave at once, each in its own step.
    let start = Arc::new(Barrier::new(RACERS / 2));
    let leavers: Vec<_> = (0..RACERS / 2)
        .map(|i| {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            let (key, start) = (key.clone(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                store
                    .change_list(&key, &ListChange::remove(&[format!("id-{i}")]))
                    .await
            })
        })
        .collect();
    for leaver in leavers {
        assert!(matches!(leaver.await, Ok(Ok(ListChanged::Done { .. }))));
    }
    let mut listed: Vec<String> =
        serde_json::from_slice(&b.get(&key).await.unwrap().unwrap()).unwrap();
    listed.sort();
    let mut stayed: Vec<String> = (RACERS / 2..RACERS).map(|i| format!("id-{i}")).collect();
    stayed.sort();
    assert_eq!(listed, stayed, "exactly the others stay");
}

async fn a_capped_list_takes_exactly_its_cap_of_200_racers((a, b): Pair) {
    let key = unique("capped");
    let outcomes = race(&a, &b, &key, 5).await;
    let joined = outcomes
        .iter()
        .filter(|o| matches!(o, ListChanged::Done { .. }))
        .count();
    assert_eq!(joined, 5);
    assert_eq!(
        outcomes.iter().filter(|o| **o == ListChanged::Full).count(),
        RACERS - 5
    );
    let listed: Vec<String> = serde_json::from_slice(&a.get(&key).await.unwrap().unwrap()).unwrap();
    assert_eq!(listed.len(), 5);
    // At the cap, a listed id makes room for a new one in the same step.
    let evicting = ListChange {
        add: Some("newcomer"),
        cap: 5,
        evict: Some(&listed[0]),
        ..ListChange::remove(&[])
    };
    assert_eq!(
        b.change_list(&key, &evicting).await.ok(),
        Some(ListChanged::Done { evicted: true })
    );
    let after: Vec<String> = serde_json::from_slice(&a.get(&key).await.unwrap().unwrap()).unwrap();
    assert_eq!(after.len(), 5);
    assert!(!after.contains(&listed[0]) && after.last().map(String::as_str) == Some("newcomer"));
}

async fn a_list_change_keeps_the_lists_expiry_and_reads_as_json((a, b): Pair) {
    let key = unique("list-expiry");
    a.put(&key, br#"["x","y"]"#, Some(SHORT)).await.unwrap();
    let gone = vec!["x".to_owned()];
    let change = ListChange {
        add: Some("z"),
        ..ListChange::remove(&gone)
    };
    assert_eq!(
        b.change_list(&key, &change).await.ok(),
        Some(ListChanged::Done { evicted: false })
    );
    assert_eq!(
        a.get(&key).await.ok().flatten().as_deref(),
        Some(&br#"["y","z"]"#[..])
    );
    sleep(PAST_SHORT).await;
    assert_eq!(
        a.get(&key).await.ok().flatten(),
        None,
        "the expiry was kept"
    );
    // Removing from no list writes nothing; the last id removed leaves [].
    let none = unique("no-list");
    a.change_list(&none, &ListChange::remove(&gone))
        .await
        .unwrap();
    assert_eq!(b.get(&none).await.ok().flatten(), None);
    let one = unique("one");
    a.change_list(
        &one,
        &ListChange {
            add: Some("x"),
            ..ListChange::remove(&[])
        },
    )
    .await
    .unwrap();
    b.change_list(&one, &ListChange::remove(&gone))
        .await
        .unwrap();
    assert_eq!(
        a.get(&one).await.ok().flatten().as_deref(),
        Some(&b"[]"[..])
    );
    // A list the change makes lives for the change's ttl; a later change
    // without one keeps it.
    let brief = unique("brief");
    let adding = |id| ListChange {
        add: Some(id),
        ttl: Some(SHORT),
        ..ListChange::remove(&[])
    };
    a.change_list(&brief, &adding("x")).await.unwrap();
    b.change_list(
        &brief,
        &ListChange {
            ttl: None,
            ..adding("y")
        },
    )
    .await
    .unwrap();
    assert_eq!(
        a.get(&brief).await.ok().flatten().as_deref(),
        Some(&br#"["x","y"]"#[..])
    );
    sleep(PAST_SHORT).await;
    assert_eq!(a.get(&brief).await.ok().flatten(), None, "the ttl was kept");
    // Taken whole, as the timers take a second's list.
    a.change_list(&brief, &adding("z")).await.unwrap();
    assert_eq!(
        b.take(&brief).await.ok().flatten().as_deref(),
        Some(&br#"["z"]"#[..])
    );
    assert_eq!(a.get(&brief).await.ok().flatten(), None);
}

/// `RACERS` tasks, half on each handle, each adding `id-{i}` to the list at
/// `key` (capped at `cap`) at the same moment.
async fn race(a: &Arc<dyn Store>, b: &Arc<dyn Store>, key: &str, cap: usize) -> Vec<ListChanged> {
    let start = Arc::new(Barrier::new(RACERS));
    let racers: Vec<_> = (0..RACERS)
        .map(|i| {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            let (key, start) = (key.to_owned(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                let id = format!("id-{i}");
                let change = ListChange {
                    add: Some(&id),
                    cap,
                    ..ListChange::remove(&[])
                };
                store.change_list(&key, &change).await
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for racer in racers {
        match racer.await {
            Ok(Ok(outcome)) => outcomes.push(outcome),
            other => panic!(
                "racer failed: {:?}",
                other.map(|r| r.map_err(|e| e.to_string()))
            ),
        }
    }
    outcomes
}

async fn publish_on_one_handle_reaches_a_subscriber_on_the_other((a, b): Pair) {
    let channel = unique("channel");
    let mut subscription = a
        .subscribe(&channel)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    b.publish(&channel, b"{\"event\":\"qr_scanned\"}")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let heard = timeout(Duration::from_secs(3), subscription.recv()).await;
    assert_eq!(
        heard.ok().flatten(),
        Some(Delivery::Message(b"{\"event\":\"qr_scanned\"}".to_vec()))
    );
}

async fn subscriber_hears_only_its_channel_and_many_subscribers_all_hear((a, b): Pair) {
    let channel = unique("mine");
    let other = unique("other");
    let mut first = a
        .subscribe(&channel)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut second = a
        .subscribe(&channel)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let mut on_b = b
        .subscribe(&channel)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    b.publish(&other, b"not for you")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    a.publish(&channel, b"hello")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    for subscription in [&mut first, &mut second, &mut on_b] {
        let heard = timeout(Duration::from_secs(3), subscription.recv()).await;
        assert_eq!(
            heard.ok().flatten(),
            Some(Delivery::Message(b"hello".to_vec()))
        );
    }
    // Dropping one subscriber leaves the others subscribed.
    drop(first);
    sleep(Duration::from_millis(50)).await;
    b.publish(&channel, b"again")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let heard = timeout(Duration::from_secs(3), second.recv()).await;
    assert_eq!(
        heard.ok().flatten(),
        Some(Delivery::Message(b"again".to_vec()))
    );
}

async fn records_without_expiry_stay((a, b): Pair) {
    let key = unique("forever");
    a.put(&key, b"v", None).await.unwrap();
    assert_eq!(b.put_new(&key, b"w", None).await.ok(), Some(false));
    sleep(PAST_SHORT).await;
    assert_eq!(b.get(&key).await.ok().flatten().as_deref(), Some(&b"v"[..]));
    assert!(b.delete(&key).await.unwrap());
}

async fn recent_list_keeps_the_newest_entries_first((a, b): Pair) {
    let (key, wide) = (unique("recent"), unique("recent-wide"));
    for i in 0..5 {
        let store = if i % 2 == 0 { &a } else { &b };
        // Two lists in one call, each with its own length.
        store
            .push_recent(&[(&key, 3), (&wide, 10)], format!("e{i}").as_bytes())
            .await
            .unwrap();
    }
    let entries = b.recent(&key, 10).await.unwrap();
    assert_eq!(
        entries,
        vec![b"e4".to_vec(), b"e3".to_vec(), b"e2".to_vec()]
    );
    assert_eq!(b.recent(&wide, 10).await.unwrap().len(), 5);
    assert_eq!(a.recent(&key, 2).await.unwrap().len(), 2);
    assert!(a.recent(&unique("none"), 5).await.unwrap().is_empty());
}

async fn ping_answers((a, b): Pair) {
    assert!(a.ping().await.is_ok());
    assert!(b.ping().await.is_ok());
}

/// Not part of the shared contract: what Redis holds can be listed, so this
/// checks that no QR token, binding secret or typed code is ever stored in the clear.
#[tokio::test]
async fn redis_holds_only_digests_of_tokens_binding_secrets_and_typed_codes() {
    use axum::http::header;

    let store: Arc<dyn Store> = Arc::new(redis_store().await);
    let app = server::routes::router(crate::support::state(store));
    let response =
        crate::support::oneshot::call(&app, crate::support::oneshot::post("/api/qr/challenge", ""))
            .await;
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let binding = cookie
        .trim_start_matches("qr_bind=")
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned();
    let created = crate::support::oneshot::body_json(response).await;
    let payload = created["qrPayload"].as_str().unwrap_or_default();
    let token = payload.rsplit('/').next().unwrap_or_default().to_owned();
    let qr_id = created["qrId"].as_str().unwrap_or_default().to_owned();
    let typed = created["userCode"]
        .as_str()
        .unwrap_or_default()
        .replace('-', "");
    assert_eq!(token.len(), 22);
    assert_eq!(typed.len(), 8);
    assert_eq!(binding.len(), 43);

    let client =
        ::redis::Client::open(crate::support::redis_url()).unwrap_or_else(|e| panic!("{e}"));
    let mut conn = client
        .get_multiplexed_async_connection()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let keys: Vec<String> = ::redis::cmd("KEYS")
        .arg("qr:*")
        .query_async(&mut conn)
        .await
        .unwrap_or_default();
    let mut holding_ours = 0;
    for key in keys {
        let value: Vec<u8> = ::redis::cmd("GET")
            .arg(&key)
            .query_async(&mut conn)
            .await
            .unwrap_or_default();
        let value = String::from_utf8_lossy(&value);
        assert!(
            !key.contains(&token) && !value.contains(&token),
            "token in the clear at {key}"
        );
        assert!(
            !key.contains(&binding) && !value.contains(&binding),
            "binding in the clear at {key}"
        );
        assert!(
            !key.contains(&typed) && !value.contains(&typed),
            "typed code in the clear at {key}"
        );
        if key.contains(&qr_id) || value.contains(&qr_id) {
            holding_ours += 1;
        }
    }
    assert_eq!(
        holding_ours, 3,
        "the challenge, its token index and its typed code's index"
    );
}

/// A stranger's requests for codes leave nothing in Redis that outlives
/// the codes: the binding secret is sealed, not stored, and what they cause
/// is audited in a list of its own, capped. On a database of its own, so
/// that every key there is this test's.
#[tokio::test]
async fn a_strangers_code_requests_leave_no_key_that_outlives_the_codes() {
    let url = format!("{}/9", crate::support::redis_url());
    let client = ::redis::Client::open(url.as_str()).unwrap_or_else(|e| panic!("{e}"));
    let mut conn = client
        .get_multiplexed_async_connection()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let () = ::redis::cmd("FLUSHDB")
        .query_async(&mut conn)
        .await
        .unwrap();
    let store: Arc<dyn Store> = Arc::new(
        server::store::RedisStore::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}")),
    );
    let settings = crate::support::test_settings();
    let longest = settings.qr_ttl.max(Duration::from_secs(60));
    let app = server::routes::router(crate::support::state_with(store, settings));
    for _ in 0..5 {
        let response = crate::support::oneshot::call(
            &app,
            crate::support::oneshot::post("/api/qr/challenge", ""),
        )
        .await;
        assert_eq!(response.status(), 200);
    }
    let keys: Vec<String> = ::redis::cmd("KEYS")
        .arg("*")
        .query_async(&mut conn)
        .await
        .unwrap();
    assert!(!keys.is_empty());
    for key in keys {
        let ttl_ms: i64 = ::redis::cmd("PTTL")
            .arg(&key)
            .query_async(&mut conn)
            .await
            .unwrap();
        if key == auth::audit::UNAUTHENTICATED_KEY {
            continue; // capped, not timed
        }
        assert!(
            ttl_ms > 0 && ttl_ms <= i64::try_from(longest.as_millis()).unwrap() + 60_000,
            "{key} lives {ttl_ms} ms"
        );
    }
    let () = ::redis::cmd("FLUSHDB")
        .query_async(&mut conn)
        .await
        .unwrap();
}

/// `rediss://`: the store speaks TLS to a Redis that only listens on TLS
/// (a certificate of the test's own, so the URL says `#insecure`: a
/// deployment's Redis has a certificate its system trusts).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_over_tls_keeps_records_and_carries_messages() {
    use std::process::{Command, Stdio};

    let dir = std::env::temp_dir().join(format!("qr-login-tls-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cert, key) = (dir.join("redis.crt"), dir.join("redis.key"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
        ])
        .args(["-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(Stdio::null())
        .status()
        .expect("openssl on PATH (scripts/install-tools installs it)");
    assert!(made.success());
    let port = crate::support::node::free_port();
    let mut server = Command::new("redis-server")
        .args([
            "--port",
            "0",
            "--tls-port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
        ])
        .arg("--tls-cert-file")
        .arg(&cert)
        .arg("--tls-key-file")
        .arg(&key)
        .arg("--tls-ca-cert-file")
        .arg(&cert)
        .args([
            "--tls-auth-clients",
            "no",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("rediss://127.0.0.1:{port}/#insecure");
    let mut connected = None;
    for _ in 0..100 {
        if let Ok(store) = server::store::RedisStore::connect(&url).await {
            connected = Some(store);
            break;
        }
        sleep(Duration::from_millis(50)).await;
    }
    let (a, b): Pair = match connected {
        Some(a) => (
            Arc::new(a),
            Arc::new(server::store::RedisStore::connect(&url).await.unwrap()),
        ),
        None => panic!("no TLS Redis at {url}"),
    };
    put_then_get_from_another_handle((a.clone(), b.clone())).await;
    publish_on_one_handle_reaches_a_subscriber_on_the_other((a, b)).await;
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(dir);
}
