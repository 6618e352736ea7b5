//! The wasm's allocator: small blocks by size class, the rest from the allocator under it.
//!
//! A check makes hundreds of small allocations (words, names, explanations, vectors as they
//! grow) and frees nearly all of them before the next check. dlmalloc, Rust's allocator for
//! `wasm32-unknown-unknown`, took about a tenth of a check's time in the wasm (V8's profile:
//! malloc, free, realloc and their helpers); under these classes the wasm now has talc
//! (`src/wasm.rs`). Here a block of at most [`LARGEST`] bytes belongs to one of [`CLASSES`]
//! classes, 16 bytes apart; a freed block goes on its class's list, linked through the blocks
//! themselves, so that allocating is a pop and freeing a push. Blocks are cut from chunks of
//! [`CHUNK`] bytes and never given back: a wasm memory never shrinks anyway, and each class
//! keeps at most the blocks it once had in use at the same time.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

/// The classes' step, and the alignment every block has.
const STEP: usize = 16;
/// How many classes: blocks of 16, 32, …, [`LARGEST`] bytes.
const CLASSES: usize = 64;
/// The largest block served by class; anything larger goes to the allocator under.
const LARGEST: usize = STEP * CLASSES;
/// What is asked of the allocator under at a time, to cut blocks from.
const CHUNK: usize = 64 * 1024;

/// Small blocks by class over `B`, which serves the rest and the chunks.
pub struct SizeClasses<B> {
    under: B,
    state: UnsafeCell<State>,
}

struct State {
    /// Each class's first free block (null when none), whose first word is the next one.
    free: [*mut u8; CLASSES],
    /// The unused part of the current chunk.
    next: *mut u8,
    left: usize,
}

// The wasm has one thread: the state is never reached from two at once.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<B: Sync> Sync for SizeClasses<B> {}

impl<B> SizeClasses<B> {
    pub const fn new(under: B) -> Self {
        SizeClasses {
            under,
            state: UnsafeCell::new(State {
                free: [ptr::null_mut(); CLASSES],
                next: ptr::null_mut(),
                left: 0,
            }),
        }
    }
}

/// The class of a layout (its index), or `None` for what the allocator under serves.
fn class_of(size: usize, align: usize) -> Option<usize> {
    (size <= LARGEST && align <= STEP).then(|| size.max(1).div_ceil(STEP) - 1)
}

unsafe impl<B: GlobalAlloc> GlobalAlloc for SizeClasses<B> {
    // Not inlined: inlined into every place that allocates, it made the wasm 11 KB larger
    // in gzip.
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout.size(), layout.align()) else {
            return self.under.alloc(layout);
        };
        let state = &mut *self.state.get();
        let head = state.free[class];
        if !head.is_null() {
            state.free[class] = head.cast::<*mut u8>().read();
            return head;
        }
        let size = (class + 1) * STEP;
        if state.left < size {
            // What is left of the chunk (less than a block) is not used.
            let chunk = self
                .under
                .alloc(Layout::from_size_align_unchecked(CHUNK, STEP));
            if chunk.is_null() {
                return chunk;
            }
            state.next = chunk;
            state.left = CHUNK;
        }
        let block = state.next;
        state.next = block.add(size);
        state.left -= size;
        block
    }

    #[inline(never)]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout.size(), layout.align()) else {
            return self.under.dealloc(block, layout);
        };
        let state = &mut *self.state.get();
        block.cast::<*mut u8>().write(state.free[class]);
        state.free[class] = block;
    }

    #[inline(never)]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (old, new) = (
            class_of(layout.size(), layout.align()),
            class_of(new_size, layout.align()),
        );
        match (old, new) {
            // The block already has room: a string or vector growing within its class.
            (Some(old), Some(new)) if old == new => block,
            (None, None) => self.under.realloc(block, layout, new_size),
            _ => {
                let moved = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
                if !moved.is_null() {
                    ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;

    fn layout(size: usize) -> Layout {
        Layout::from_size_align(size, 8).unwrap()
    }

    #[test]
    fn sizes_fall_in_classes_sixteen_bytes_apart_up_to_the_largest() {
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(16, 8), Some(0));
        assert_eq!(class_of(17, 8), Some(1));
        assert_eq!(class_of(LARGEST, 16), Some(CLASSES - 1));
        assert_eq!(class_of(LARGEST + 1, 8), None);
        assert_eq!(class_of(32, 32), None, "alignment beyond the step");
    }

    #[test]
    fn a_freed_block_is_the_next_one_given_in_its_class() {
        let heap = SizeClasses::new(System);
        unsafe {
            let a = heap.alloc(layout(24));
            let b = heap.alloc(layout(24));
            assert_ne!(a, b);
            assert_eq!(b as usize - a as usize, 32, "cut one after the other");
            heap.dealloc(a, layout(24));
            assert_eq!(heap.alloc(layout(30)), a, "same class, reused");
            assert_ne!(heap.alloc(layout(10)), a, "another class, not");
        }
    }

    #[test]
    fn realloc_keeps_the_bytes_within_a_class_across_classes_and_beyond_them() {
        let heap = SizeClasses::new(System);
        unsafe {
            let mut block = heap.alloc(layout(3));
            ptr::copy_nonoverlapping(b"abc".as_ptr(), block, 3);
            let mut size = 3;
            for new_size in [10, 16, 17, 600, LARGEST, LARGEST + 1, 5000, 40, 2] {
                let grown = heap.realloc(block, layout(size), new_size);
                assert!(!grown.is_null());
                let kept = size.min(new_size).min(3);
                assert_eq!(std::slice::from_raw_parts(grown, kept), &b"abc"[..kept]);
                if class_of(size, 8).is_some() && class_of(size, 8) == class_of(new_size, 8) {
                    assert_eq!(grown, block, "{size} to {new_size} stays in place");
                }
                (block, size) = (grown, new_size);
            }
            heap.dealloc(block, layout(size));
        }
    }

    #[test]
    fn blocks_in_use_keep_their_bytes_over_many_chunks() {
        let heap = SizeClasses::new(System);
        let mut live: Vec<(*mut u8, usize, u8)> = Vec::new();
        unsafe {
            // Sizes from every class and beyond, freed in another order than they were given.
            for i in 0..20_000usize {
                let size = 1 + (i * 7919) % (LARGEST + 200);
                let block = heap.alloc(layout(size));
                let tag = (i % 251) as u8;
                ptr::write_bytes(block, tag, size);
                live.push((block, size, tag));
                if i % 3 == 0 {
                    let (block, size, _) = live.swap_remove((i * 31) % live.len());
                    heap.dealloc(block, layout(size));
                }
            }
            for (block, size, tag) in live {
                let bytes = std::slice::from_raw_parts(block, size);
                assert!(
                    bytes.iter().all(|&b| b == tag),
                    "a block of {size} B was overwritten"
                );
                heap.dealloc(block, layout(size));
            }
        }
    }
}
